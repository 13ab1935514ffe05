package dev.estimator.export.document;

import com.google.common.base.Preconditions;
import java.util.AbstractList;
import java.util.RandomAccess;
import java.util.function.IntFunction;

/**
 * An unmodifiable list whose elements are made when read, from their index: a section of 100,000
 * item cards is then a few references per item until a renderer reads it, and a renderer that
 * reads it once, in order, holds only the card it is laying out. Every read makes a new element,
 * equal to the last one made at that index (the function is pure), so the list compares by value
 * like any other.
 */
final class OnDemandList<T> extends AbstractList<T> implements RandomAccess {

    private final int size;
    private final IntFunction<T> element;

    OnDemandList(int size, IntFunction<T> element) {
        Preconditions.checkArgument(size >= 0, "size must not be negative: %s", size);
        this.size = size;
        this.element = Preconditions.checkNotNull(element, "element");
    }

    @Override
    public T get(int index) {
        Preconditions.checkElementIndex(index, size);
        return Preconditions.checkNotNull(element.apply(index), "element %s is null", index);
    }

    @Override
    public int size() {
        return size;
    }
}
