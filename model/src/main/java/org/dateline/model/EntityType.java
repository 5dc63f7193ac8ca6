package org.dateline.model;

public enum EntityType {
    PERSON, ORGANIZATION, COUNTRY, LOCATION, GROUP, MEDIA
}
