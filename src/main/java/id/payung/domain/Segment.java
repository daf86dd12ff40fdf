package id.payung.domain;

/**
 * BPJS Ketenagakerjaan participant segment: BPU = workers without a wage employer
 * (bukan penerima upah), PU = wage earners (penerima upah), e.g. village officials paid by the village.
 */
public enum Segment {
    BPU,
    PU
}
