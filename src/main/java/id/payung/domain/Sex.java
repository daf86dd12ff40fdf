package id.payung.domain;

/** Sex as written on the KTP: L (laki-laki) or P (perempuan). */
public enum Sex {
    L,
    P
}
