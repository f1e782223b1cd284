package com.slacredits.reports;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** The text of a rendered PDF, as PDFBox extracts it, page by page. */
record PdfText(List<String> pages) {

    static PdfText of(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            // Reading order by position, so that table rows read as rows whatever order they were drawn in.
            stripper.setSortByPosition(true);
            List<String> pages = new ArrayList<>();
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                pages.add(stripper.getText(document));
            }
            return new PdfText(List.copyOf(pages));
        }
    }

    /** All pages, with line breaks folded to spaces so that a wrapped sentence reads as one. */
    String flat() {
        return String.join(" ", pages).replaceAll("\\s+", " ");
    }

    String page(int number) {
        return pages.get(number - 1);
    }

    int pageCount() {
        return pages.size();
    }
}
