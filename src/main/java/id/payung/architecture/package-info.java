/**
 * Annotations that name an exemption from the package rules of {@code docs/ARCHITECTURE.md}, each with its
 * reason, checked by {@code ArchitectureTest}. Depends on nothing; any package may use it.
 */
package id.payung.architecture;
