package com.slacredits.reports;

/** A template that does not compile, fill or export: a defect of the product, not of the data. */
public class ReportRenderingException extends RuntimeException {

    public ReportRenderingException(String message, Throwable cause) {
        super(message, cause);
    }
}
