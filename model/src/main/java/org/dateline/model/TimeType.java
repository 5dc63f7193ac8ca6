package org.dateline.model;

public enum TimeType {
    DATE, TIME, DURATION, SET
}
