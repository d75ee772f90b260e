-- Allocation and compliance tables, kept by ComplianceProjections: what each jurisdiction's year issued and moved,
-- what each entity was delivered or had clawed back, what it surrendered, the closes, shortfalls, fines and
-- adjustments of the enforcement register, and the offset projects on record. Units are moved by the same events
-- into holdings, which the projector sums for every event that moves units. Quantities in tonnes, money in fen.
-- "Year" columns are named for what they count, since YEAR is a keyword in H2.

-- A jurisdiction's allocation year: the cap and its split at opening, then the reserve's moves.
CREATE TABLE allocation_years (
    jurisdiction        VARCHAR(8)   NOT NULL,
    allocation_year     INTEGER      NOT NULL,
    unit                VARCHAR(100) NOT NULL,
    cap_tonnes          BIGINT       NOT NULL,
    free_tonnes         BIGINT       NOT NULL,
    auctioned_tonnes    BIGINT       NOT NULL,
    reserved_tonnes     BIGINT       NOT NULL,
    released_tonnes     BIGINT       NOT NULL,
    withheld_tonnes     BIGINT       NOT NULL,
    cancelled_tonnes    BIGINT       NOT NULL,
    issuance_account_id VARCHAR(100) NOT NULL,
    auction_account_id  VARCHAR(100) NOT NULL,
    reserve_account_id  VARCHAR(100) NOT NULL,
    opened_sequence     BIGINT       NOT NULL,
    updated_sequence    BIGINT       NOT NULL,
    PRIMARY KEY (jurisdiction, allocation_year)
);

-- One row per pre-allocation (kind PRE_ALLOCATION) or true-up (kind TRUE_UP) of an entity. A true-up delivers
-- the gap up to its final allocation, or claws back what the entity still holds and leaves the rest outstanding;
-- final_tonnes is NULL for a pre-allocation. An entity's net allocation is SUM(delivered) - SUM(clawed back).
CREATE TABLE allocation_deliveries (
    sequence            BIGINT       NOT NULL,
    event_index         INTEGER      NOT NULL,
    kind                VARCHAR(20)  NOT NULL,
    jurisdiction        VARCHAR(8)   NOT NULL,
    allocation_year     INTEGER      NOT NULL,
    entity_id           VARCHAR(100) NOT NULL,
    unit                VARCHAR(100) NOT NULL,
    method              VARCHAR(40),
    final_tonnes        BIGINT,
    delivered_tonnes    BIGINT       NOT NULL,
    clawed_back_tonnes  BIGINT       NOT NULL,
    outstanding_tonnes  BIGINT       NOT NULL,
    holding_account_id  VARCHAR(100) NOT NULL,
    delivered_at_millis BIGINT       NOT NULL,
    PRIMARY KEY (sequence, event_index)
);
CREATE INDEX allocation_deliveries_by_entity ON allocation_deliveries (entity_id, allocation_year);

-- Deductions (tonnes) and cuts (basis points) of an entity's allocation of allocation_year, recorded by a
-- compliance decision and applied at that year's next true-up.
CREATE TABLE allocation_adjustments (
    sequence        BIGINT        NOT NULL,
    event_index     INTEGER       NOT NULL,
    kind            VARCHAR(20)   NOT NULL,
    entity_id       VARCHAR(100)  NOT NULL,
    allocation_year INTEGER       NOT NULL,
    tonnes          BIGINT        NOT NULL,
    basis_points    INTEGER       NOT NULL,
    decision        VARCHAR(1000) NOT NULL,
    PRIMARY KEY (sequence, event_index)
);
CREATE INDEX allocation_adjustments_by_year ON allocation_adjustments (allocation_year, entity_id);

-- Units surrendered against an entity's obligation; offset_credit marks credits, carried_over allowances of 2025
-- or earlier used under an approved carry-over.
CREATE TABLE compliance_surrenders (
    sequence              BIGINT       NOT NULL,
    event_index           INTEGER      NOT NULL,
    entity_id             VARCHAR(100) NOT NULL,
    compliance_year       INTEGER      NOT NULL,
    account_id            VARCHAR(100) NOT NULL,
    unit                  VARCHAR(100) NOT NULL,
    quantity_tonnes       BIGINT       NOT NULL,
    offset_credit         BOOLEAN      NOT NULL,
    carried_over          BOOLEAN      NOT NULL,
    surrendered_by        VARCHAR(200) NOT NULL,
    surrendered_at_millis BIGINT       NOT NULL,
    PRIMARY KEY (sequence, event_index)
);
CREATE INDEX compliance_surrenders_by_entity ON compliance_surrenders (entity_id, compliance_year);

-- The close of a jurisdiction's compliance year, with the window price that priced its shortfalls.
CREATE TABLE compliance_closes (
    jurisdiction       VARCHAR(8)    NOT NULL,
    compliance_year    INTEGER       NOT NULL,
    deadline           DATE          NOT NULL,
    entities_assessed  INTEGER       NOT NULL,
    compliant          INTEGER       NOT NULL,
    short_entities     INTEGER       NOT NULL,
    shortfall_tonnes   BIGINT        NOT NULL,
    reporting_failures INTEGER       NOT NULL,
    window_price_fen   BIGINT        NOT NULL,
    price_basis        VARCHAR(20)   NOT NULL,
    window_volume      BIGINT        NOT NULL,
    decision           VARCHAR(1000) NOT NULL,
    closed_by          VARCHAR(200)  NOT NULL,
    closed_sequence    BIGINT        NOT NULL,
    PRIMARY KEY (jurisdiction, compliance_year)
);

-- An entity short at its close: the fine range at the window price, the deduction from the next year's
-- allocation, and the fine once imposed (fine_multiple, fine_fen and fined_by stay NULL until then).
CREATE TABLE compliance_shortfalls (
    entity_id          VARCHAR(100)  NOT NULL,
    compliance_year    INTEGER       NOT NULL,
    jurisdiction       VARCHAR(8)    NOT NULL,
    obligation_tonnes  BIGINT        NOT NULL,
    surrendered_tonnes BIGINT        NOT NULL,
    shortfall_tonnes   BIGINT        NOT NULL,
    window_price_fen   BIGINT        NOT NULL,
    min_fine_fen       BIGINT        NOT NULL,
    max_fine_fen       BIGINT        NOT NULL,
    deduction_tonnes   BIGINT        NOT NULL,
    decision           VARCHAR(1000) NOT NULL,
    fine_multiple      VARCHAR(20),
    fine_fen           BIGINT,
    fined_by           VARCHAR(200),
    assessed_sequence  BIGINT        NOT NULL,
    updated_sequence   BIGINT        NOT NULL,
    PRIMARY KEY (entity_id, compliance_year)
);
CREATE INDEX compliance_shortfalls_by_year ON compliance_shortfalls (compliance_year, jurisdiction);

-- Registered entities without a confirmed report at the close of their jurisdiction's year [REG24 Art 21].
CREATE TABLE reporting_failures (
    entity_id         VARCHAR(100)  NOT NULL,
    compliance_year   INTEGER       NOT NULL,
    jurisdiction      VARCHAR(8)    NOT NULL,
    decision          VARCHAR(1000) NOT NULL,
    recorded_sequence BIGINT        NOT NULL,
    PRIMARY KEY (entity_id, compliance_year)
);

-- Violation fines [REG24 Art 21-23, 26]; party_id is the fined entity, body or person.
CREATE TABLE violation_fines (
    sequence           BIGINT        NOT NULL,
    event_index        INTEGER       NOT NULL,
    party_id           VARCHAR(100)  NOT NULL,
    compliance_year    INTEGER       NOT NULL,
    violation          VARCHAR(40)   NOT NULL,
    legal_basis        VARCHAR(100)  NOT NULL,
    gains_fen          BIGINT        NOT NULL,
    confiscation_fen   BIGINT        NOT NULL,
    fine_fen           BIGINT        NOT NULL,
    allocation_cut_bps INTEGER       NOT NULL,
    decision           VARCHAR(1000) NOT NULL,
    imposed_by         VARCHAR(200)  NOT NULL,
    imposed_at_millis  BIGINT        NOT NULL,
    PRIMARY KEY (sequence, event_index)
);
CREATE INDEX violation_fines_by_year ON violation_fines (compliance_year, party_id);

-- Offset projects whose credits may be surrendered; host_entity_id is NULL when no covered entity hosts one.
CREATE TABLE offset_projects (
    project_id        VARCHAR(100) PRIMARY KEY,
    registered_on     DATE         NOT NULL,
    host_entity_id    VARCHAR(100),
    recorded_by       VARCHAR(200) NOT NULL,
    recorded_sequence BIGINT       NOT NULL
);
