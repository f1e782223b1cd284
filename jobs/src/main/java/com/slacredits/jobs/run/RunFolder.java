package com.slacredits.jobs.run;

import com.slacredits.reports.StatementItemWriter;
import com.slacredits.writers.csv.AdjustmentRow;
import com.slacredits.writers.csv.DecisionRow;
import com.slacredits.writers.csv.EvidenceRow;
import com.slacredits.writers.csv.RejectRow;
import com.slacredits.writers.csv.SupportRow;
import java.nio.file.Path;

/**
 * The files a run writes into its output folder (files.md). Stages meet here and in the database,
 * never in each other's classes: the brake removes the summary a release replaces, the console lists
 * and compares what the run wrote.
 */
public record RunFolder(Path path) {

    public static final String DECISIONS = DecisionRow.FILE_NAME;
    public static final String ADJUSTMENTS = AdjustmentRow.FILE_NAME;
    public static final String REJECTS = RejectRow.FILE_NAME;
    public static final String SUPPORT = SupportRow.FILE_NAME;
    public static final String EVIDENCE = EvidenceRow.FILE_NAME;
    public static final String SUMMARY = "summary.pdf";
    /** The one output an ERP import or a script can check for without reading a PDF. */
    public static final String HELD_NOTICE = "HELD.txt";
    public static final String STATEMENTS = StatementItemWriter.FOLDER;

    public Path summary() {
        return path.resolve(SUMMARY);
    }

    public Path heldNotice() {
        return path.resolve(HELD_NOTICE);
    }

    public Path statements() {
        return path.resolve(STATEMENTS);
    }
}
