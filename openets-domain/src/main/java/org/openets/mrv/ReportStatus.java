package org.openets.mrv;

/** Where one version of a report stands in the DOMAIN §6 workflow: draft → submitted → verified → confirmed → appealed. */
public enum ReportStatus { DRAFT, SUBMITTED, VERIFIED, CONFIRMED, APPEALED }
