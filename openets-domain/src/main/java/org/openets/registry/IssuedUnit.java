package org.openets.registry;

/** A unit code that has been issued, with the next free serial and the quantity issued so far. */
final class IssuedUnit {

    final UnitCode code;
    long nextSerial = 1;
    long issued;

    IssuedUnit(UnitCode code) {
        this.code = code;
    }
}
