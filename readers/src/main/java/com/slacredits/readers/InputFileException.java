package com.slacredits.readers;

/**
 * An input file that cannot be used at all: missing, unreadable, without a usable header, or changed
 * under an interrupted run. Unlike a bad row, this stops the run.
 */
public class InputFileException extends RuntimeException {

    private final String fileName;

    public InputFileException(String fileName, String message) {
        super(message);
        this.fileName = fileName;
    }

    public InputFileException(String fileName, String message, Throwable cause) {
        super(message, cause);
        this.fileName = fileName;
    }

    /** The file's name without its folder, as messages and rejects name it. */
    public String fileName() {
        return fileName;
    }
}
