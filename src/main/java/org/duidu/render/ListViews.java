package org.duidu.render;

import java.util.List;

/**
 * The view models of the archive's list pages (home pages, taxonomy indexes, term pages). Public
 * only because Freemarker reads them by reflection; every string is plain text.
 */
public final class ListViews {
    private ListViews() {
    }

    /**
     * Where a page of a paginated list is among its pages.
     *
     * @param page     this page's number, from 1
     * @param pages    how many pages the list has
     * @param previous the previous page from the site root, or empty on the first
     * @param next     the next page from the site root, or empty on the last
     * @param numbers  the page links to show: {@code key} the number, {@code url} its page (empty for a gap "…")
     */
    public record Pager(int page, int pages, String previous, String next, List<Views.Link> numbers) {
        /** Copies the links. */
        public Pager {
            numbers = List.copyOf(numbers);
        }
    }

    /**
     * A term on a taxonomy's index page.
     *
     * @param label    the term as this edition writes it
     * @param url      its first page, from the site root
     * @param count    how many interviews it has
     * @param children for a year, its months (newest first); else empty
     */
    public record TermCount(String label, String url, int count, List<TermCount> children) {
        /** Copies the children. */
        public TermCount {
            children = List.copyOf(children);
        }
    }
}
