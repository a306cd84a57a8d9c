package org.donorcrm.donor.statement;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * What every letter to a donor shares (OpenPDF): the embedded font and the organisation's letterhead. Taken out of
 * {@link StatementPdf} so that the thank-you letters ({@code thankyou}) look the same as the annual statement.
 */
public final class LetterPdf {

    /** Liberation Sans as OpenPDF ships it (SIL Open Font License). */
    private static final String FONT = "font-fallback/LiberationSans-Regular.ttf";
    private static final byte[] FONT_BYTES = fontBytes();

    private LetterPdf() {
    }

    /** Liberation Sans, embedded (a subset) in the document that uses it. */
    public static BaseFont font() throws IOException {
        return BaseFont.createFont("LiberationSans-Regular.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false,
                FONT_BYTES, null);
    }

    /** The organisation's name, address and RSIN line at the top right. */
    public static void letterhead(Document document, String name, String street, String postcodeCity,
                                  String rsinLine, Font heading, Font small) throws DocumentException {
        document.add(right(name, heading));
        document.add(right(street, small));
        document.add(right(postcodeCity, small));
        document.add(right(rsinLine, small));
    }

    private static Paragraph right(String text, Font font) {
        Paragraph p = new Paragraph(text, font);
        p.setAlignment(Element.ALIGN_RIGHT);
        return p;
    }

    private static byte[] fontBytes() {
        try (InputStream in = BaseFont.class.getClassLoader().getResourceAsStream(FONT)) {
            if (in == null) {
                throw new IllegalStateException(FONT + " is not on the class path");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
