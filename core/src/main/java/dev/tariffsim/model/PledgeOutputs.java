package dev.tariffsim.model;

import dev.tariffsim.engine.OutputSpec;
import dev.tariffsim.engine.PathRecorder;
import dev.tariffsim.pledge.CashAccount;
import dev.tariffsim.pledge.VehicleAccount;

/**
 * The pledge: cash paid, Korea's receipts, the investment's net cost {@code contributions + financingCost +
 * shipbuildingNet - koreaReceipts} and the deal's net value, by the accounting identity
 * {@code netDealValue = dealSavings - contributions + koreaReceipts - shipbuildingNet - financingCost}; monthly
 * series of the cash paid in, the vehicle and the deal's status. Immutable.
 */
final class PledgeOutputs {
    private final int contributions;
    private final int koreaReceipts;
    private final int investmentNetCost;
    private final int netDealValue;
    private final int monthsInDeal;
    private final int refusedCalls;
    private final int snapBack;
    private final int cumulativeContributions;
    private final int vehicleNav;
    private final int dealShare;

    PledgeOutputs(OutputSpec.Builder b, int months) {
        contributions = b.metric("contributions", "USD bn PV", "cash paid into the investment vehicle");
        koreaReceipts = b.metric("koreaReceipts", "USD bn PV",
            "Korea's share of the vehicle's distributions and of its value at the horizon");
        investmentNetCost = b.metric("investmentNetCost", "USD bn PV",
            "contributions + financingCost + shipbuildingNet - koreaReceipts");
        netDealValue = b.metric("netDealValue", "USD bn PV",
            "dealSavings - contributions + koreaReceipts - shipbuildingNet - financingCost");
        monthsInDeal = b.driver(b.metric("monthsInDeal", "months", "months in which the deal is in force"));
        refusedCalls = b.driver(b.metric("refusedCalls", "calls", "capital calls refused at their deadline"));
        snapBack = b.driver(b.event("snapBack", "a refused capital call switched the tariff back"));
        cumulativeContributions = b.series("cumulativeContributions", months, "USD bn",
            "cash paid in by the end of the month");
        vehicleNav = b.series("vehicleNav", months, "USD bn", "the vehicle's net asset value after the month");
        dealShare = b.eventSeries("dealShare", months, "whether the deal is in force in the month");
    }

    /** Records the path's pledge metrics and returns the investment's net cost, USD bn PV. */
    void record(PathRecorder out, CashAccount cash, VehicleAccount vehicle, double financingPv,
                double shipbuildingNet, double dealSavings, int months) {
        double netCost = cash.contributionsPv() + financingPv + shipbuildingNet - vehicle.koreaPv();
        out.metric(contributions, cash.contributionsPv());
        out.metric(koreaReceipts, vehicle.koreaPv());
        out.metric(investmentNetCost, netCost);
        out.metric(netDealValue,
            dealSavings - cash.contributionsPv() + vehicle.koreaPv() - shipbuildingNet - financingPv);
        out.metric(monthsInDeal, months);
        out.metric(refusedCalls, cash.refusedCalls());
        out.metric(snapBack, cash.snapBack() ? 1 : 0);
    }

    /** Records the path's cash paid in, the vehicle's value after each month and whether the deal was in force. */
    void series(PathRecorder out, double[] paidIn, double[] nav, double[] deal) {
        out.series(cumulativeContributions, paidIn);
        out.series(vehicleNav, nav);
        out.series(dealShare, deal);
    }
}
