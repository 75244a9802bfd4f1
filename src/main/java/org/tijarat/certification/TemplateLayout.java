package org.tijarat.certification;

/** A certificate template's content, as the PDF renderer uses it; images are PNG or JPEG bytes or null. */
public record TemplateLayout(String title, String body, String primaryColour, String accentColour, byte[] logo,
        Signer signer1, Signer signer2) {

    /** A signature block: shown when it has a name. */
    public record Signer(String name, String role, byte[] image) {
        public boolean isShown() {
            return name != null && !name.isBlank();
        }
    }
}
