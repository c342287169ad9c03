package dev.tariffsim.model;

import dev.tariffsim.engine.OutputSpec;
import dev.tariffsim.engine.PathRecorder;

/** The shipbuilding tranche: guarantee losses and fees, and the tranche's net cost. Immutable. */
final class ShipbuildingOutputs {
    private final int guaranteeNet;
    private final int guaranteeLoss;
    private final int guaranteeFees;
    private final int shipbuildingNet;

    ShipbuildingOutputs(OutputSpec.Builder b) {
        guaranteeNet = b.metric("guaranteeNet", "USD bn PV", "guaranteeLoss - guaranteeFees");
        guaranteeLoss = b.metric("guaranteeLoss", "USD bn PV", "losses on defaulted guaranteed projects");
        guaranteeFees = b.metric("guaranteeFees", "USD bn PV", "guarantee fees earned");
        shipbuildingNet = b.metric("shipbuildingNet", "USD bn PV",
            "guaranteeNet plus the equity and loans' net cost");
    }

    /** Records the tranche's metrics and returns its net cost, USD bn PV. */
    double record(PathRecorder out, double loss, double fees, double equityAndLoansNet) {
        double net = loss - fees;
        double total = net + equityAndLoansNet;
        out.metric(guaranteeNet, net);
        out.metric(guaranteeLoss, loss);
        out.metric(guaranteeFees, fees);
        out.metric(shipbuildingNet, total);
        return total;
    }
}
