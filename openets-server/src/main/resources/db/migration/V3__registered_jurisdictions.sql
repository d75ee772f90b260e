-- Jurisdictions are registered data of the rulebook (RegisterJurisdiction), no longer fixed in code. The
-- genesis ones (SC, CQ, CY) stay seeded by V2; later ones come from JurisdictionRegistered events.
ALTER TABLE jurisdictions ADD COLUMN unified_authority BOOLEAN DEFAULT FALSE NOT NULL;
-- NULL for the genesis jurisdictions, which no journal entry registers.
ALTER TABLE jurisdictions ADD COLUMN registered_sequence BIGINT;
UPDATE jurisdictions SET unified_authority = TRUE WHERE code = 'CY';
