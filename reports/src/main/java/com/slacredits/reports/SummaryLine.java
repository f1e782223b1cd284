package com.slacredits.reports;

/**
 * One row of the finance summary. Every section of the summary is a run of rows with the same
 * {@code section}; the template groups on it and prints the section's title and column headings
 * above its rows. Within a section, rows may come in blocks (one per policy pack) with the same
 * {@code block}: the template prints the block's title above its rows, and nothing for rows whose
 * block is empty. A JavaBean, as {@code JRBeanCollectionDataSource} requires.
 */
public final class SummaryLine {

    private final String section;
    private final String block;
    private final String[] headings;
    private final String[] cells;
    private final boolean wide;
    private final boolean signature;

    private SummaryLine(String section, String block, String[] headings, String[] cells, boolean wide,
            boolean signature) {
        this.section = section;
        this.block = block;
        this.headings = headings;
        this.cells = cells;
        this.wide = wide;
        this.signature = signature;
    }

    /** A row of four cells under four headings; the last cell is a number and right-aligned. */
    static SummaryLine row(String section, String[] headings, String c1, String c2, String c3, String c4) {
        return row(section, "", headings, c1, c2, c3, c4);
    }

    /** A row of a section's block, under the block's title. */
    static SummaryLine row(String section, String block, String[] headings, String c1, String c2, String c3,
            String c4) {
        return new SummaryLine(section, block, headings, new String[] {c1, c2, c3, c4}, false, false);
    }

    /** A label and a value that takes the width of the other three columns (paths, URLs). */
    static SummaryLine wide(String section, String[] headings, String label, String value) {
        return new SummaryLine(section, "", headings, new String[] {label, value, "", ""}, true, false);
    }

    /**
     * A row to sign on paper: a role, a name and a date, each an empty line to write on when it is
     * empty, and always a line for the signature.
     */
    static SummaryLine signature(String section, String[] headings, String role, String name, String date) {
        return new SummaryLine(section, "", headings, new String[] {role, name, date, ""}, false, true);
    }

    public String getSection() {
        return section;
    }

    /** The block's title, such as a policy pack; empty for a row outside any block. */
    public String getBlock() {
        return block;
    }

    public String getHeading1() {
        return headings[0];
    }

    public String getHeading2() {
        return headings[1];
    }

    public String getHeading3() {
        return headings[2];
    }

    public String getHeading4() {
        return headings[3];
    }

    public String getCell1() {
        return cells[0];
    }

    public String getCell2() {
        return cells[1];
    }

    public String getCell3() {
        return cells[2];
    }

    public String getCell4() {
        return cells[3];
    }

    public Boolean getWide() {
        return wide;
    }

    public Boolean getSignature() {
        return signature;
    }
}
