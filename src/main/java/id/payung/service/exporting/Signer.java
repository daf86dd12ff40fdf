package id.payung.service.exporting;

/**
 * Who signs a printed report: the head of office's name, title and NIP as kept in the settings (Pengaturan), each
 * null when not set. The title is written as the office signs ("Kepala Dinas …", or "Plh. Kepala Dinas …" for the
 * official standing in); the NIP is its 18 digits.
 */
record Signer(String name, String title, String nip) {
    /** A head of office without a NIP in the settings. */
    Signer(String name, String title) {
        this(name, title, null);
    }
}
