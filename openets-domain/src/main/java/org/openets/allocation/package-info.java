/**
 * Allocation calculations [DOMAIN §5, §9, §17]: power unit classes, load factor correction, benchmark
 * allocation with gas and entity top-ups, pre-allocation and true-up, carry-over, the other-sector formulas and
 * the cap split with its reserve. Pure and exact (whole tonnes, fen, exact decimals); every parameter is an
 * input or a record constant naming its source, to be moved into the rulebook when these are wired to commands.
 */
package org.openets.allocation;
