package id.payung.domain;

/** BPJS Ketenagakerjaan programmes: work accident, death, old-age savings, pension. */
public enum Programme {
    JKK,
    JKM,
    JHT,
    JP
}
