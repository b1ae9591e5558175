package org.duidu.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A publication date at the precision the source gives: a year ({@code 2024}), a month
 * ({@code 2024-06}, common for magazines) or a day ({@code 2024-06-03}). Only real calendar dates
 * parse: {@code 2024-02-30} and {@code 2024-13} do not.
 *
 * @param year  the year
 * @param month 1–12, or 0 when only the year is known
 * @param day   1–31, or 0 when only the year or month is known
 */
public record PublicationDate(int year, int month, int day) {
    private static final Pattern ISO = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

    /** How precisely a date is known. */
    public enum Precision { YEAR, MONTH, DAY }

    /**
     * Parses {@code yyyy}, {@code yyyy-mm} or {@code yyyy-mm-dd}.
     *
     * @return the date, or empty when the text is not one of these forms or not a real date
     */
    public static Optional<PublicationDate> parse(String text) {
        Matcher m = ISO.matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        int year = Integer.parseInt(m.group(1));
        int month = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        int day = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
        if (year == 0 || (m.group(2) != null && (month < 1 || month > 12))) {
            return Optional.empty();
        }
        if (day != 0 || m.group(3) != null) {
            try {
                LocalDate.of(year, month, day);
            } catch (DateTimeException e) {
                return Optional.empty(); // 2024-02-30: not a day of the calendar
            }
        }
        return Optional.of(new PublicationDate(year, month, day));
    }

    /** The precision this date has. */
    public Precision precision() {
        return month == 0 ? Precision.YEAR : day == 0 ? Precision.MONTH : Precision.DAY;
    }

    /** The ISO form at this precision ({@code 2024-06}); also a valid HTML {@code <time datetime>}. */
    public String iso() {
        return switch (precision()) {
            case YEAR -> String.format("%04d", year);
            case MONTH -> String.format("%04d-%02d", year, month);
            case DAY -> String.format("%04d-%02d-%02d", year, month, day);
        };
    }

    /** The first day of the period as {@code yyyy-mm-dd}, for feeds and sorting. */
    public String start() {
        return String.format("%04d-%02d-%02d", year, Math.max(month, 1), Math.max(day, 1));
    }

    /** The date as Chinese readers write it, at its precision: 2024年、2024年6月、2024年6月3日. */
    public String display() {
        return switch (precision()) {
            case YEAR -> year + "年";
            case MONTH -> year + "年" + month + "月";
            case DAY -> year + "年" + month + "月" + day + "日";
        };
    }
}
