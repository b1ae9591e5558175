/**
 * The interview model: immutable records shared by every stage. Knows no I/O, library or HTML.
 */
package org.duidu.model;
