/**
 * Emissions monitoring, reporting and verification calculations (DOMAIN §1, §6): entity identity
 * ({@link org.openets.mrv.UnifiedSocialCreditCode}), versioned emission factors pinned per report year
 * ({@link org.openets.mrv.FactorLibrary}), entity emissions ({@link org.openets.mrv.EmissionCalculator}),
 * coverage ({@link org.openets.mrv.Classification}) and the MRV calendar ({@link org.openets.mrv.ReportDeadlines}).
 * The {@link org.openets.mrv.Mrv} context runs them in the engine: entities, installations and versioned reports
 * through draft, submission, independent verification, confirmation and appeal.
 * Pure and exact: every parameter is an input or a documented constant with its legal source, ready to move
 * into the rulebook; bad input throws {@link org.openets.mrv.MrvException} naming the field and the rule.
 */
package org.openets.mrv;
