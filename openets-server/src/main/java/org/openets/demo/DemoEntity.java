package org.openets.demo;

/**
 * A covered entity of the demo market.
 *
 * @param id                 short stable id, also the holder id of its accounts
 * @param name               company name (fictional)
 * @param jurisdiction       the code of a registered jurisdiction, {@code SC} or {@code CQ} in the demo
 * @param sector             sector as DOMAIN.md names them
 * @param allocationTonnes   free allocation of the current vintage
 */
public record DemoEntity(String id, String name, String jurisdiction, String sector, long allocationTonnes) {

    public String holdingAccount() {
        return id + "-HOLD";
    }
}
