package org.tijarat.certification;

/** A certificate's place in the status lists: list number and bit index, the same in both lists. */
public record StatusSlot(int list, int index) {
}
