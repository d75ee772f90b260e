/**
 * Allocation [DOMAIN §5, §9, §17]: the {@link org.openets.allocation.Allocation} context, whose journaled commands
 * open a jurisdiction's year (cap issued and split into free pool, auction volume and reserve), publish each
 * sector's method, record power units, pre-allocate, true up and claw back, and release, withhold or cancel
 * reserve units by published-close triggers; and the pure calculations it uses: power unit classes, load factor
 * correction, benchmark allocation with gas and entity top-ups, carry-over, the other-sector formulas and the cap
 * split with its reserve. Exact throughout (whole tonnes floored, fen, exact decimals).
 */
package org.openets.allocation;
