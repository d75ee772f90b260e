/**
 * Compliance-cycle calculations (DOMAIN §7, §10, §14): the shortfall fine's price window and window price, the
 * shortfall fine range and deduction, violation fines and confiscation, the offset cap and CCER eligibility at
 * surrender, net flow between jurisdictions, and each entity's compliance status. Pure functions of their
 * inputs; every parameter arrives explicitly (defaults carry their legal basis) so that the engine commands
 * that use them can take the values from the rulebook. Bad input raises {@link
 * org.openets.compliance.ComplianceInputException} naming the field and a rule id.
 *
 * <p>{@link org.openets.compliance.Compliance} is the bounded context that applies them as engine commands:
 * surrender, the close of a compliance year, fines and the 2025 carry-over.
 */
package org.openets.compliance;
