package id.payung.domain;

/** Economic sector of an occupation, as far as dated rate rules (PP 50/2025 discount) tell them apart. */
public enum Sector {
    TRANSPORT,
    OTHER
}
