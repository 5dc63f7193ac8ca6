package org.dateline.nlp;

/**
 * A time expression as SUTime normalized it: TIMEX3 type (DATE, TIME, DURATION, SET) and value
 * ({@code 2023-11-23}, {@code 2023-11-23TNI}, {@code P6W}), resolved against the document date given.
 */
public record TimeExpression(int begin, int end, String text, String type, String value, int sentence) {
}
