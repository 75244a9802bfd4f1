package org.tijarat.platform;

import jakarta.ejb.ApplicationException;
import java.io.Serial;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A refusal the user can understand and act on. Its message is a key in the message bundles;
 * its arguments fill the key's placeholders. {@code field} names the input it concerns, if any,
 * so the page can show the message at that field. It rolls back the transaction it leaves.
 */
@ApplicationException(rollback = true, inherited = true)
public class BusinessException extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final String field;
    private final transient Object[] arguments;
    private final List<BusinessException> reasons = new ArrayList<>();

    public BusinessException(String messageKey, Object... arguments) {
        this(arguments, null, messageKey);
    }

    private BusinessException(Object[] arguments, String field, String messageKey) {
        super(messageKey);
        this.field = field;
        this.arguments = arguments == null ? new Object[0] : arguments.clone();
    }

    /**
     * A refusal concerning one input, shown at that field. A factory rather than a constructor, so
     * that {@code new BusinessException("key", "text argument")} can never be read as a field.
     */
    public static BusinessException at(String field, String messageKey, Object... arguments) {
        return new BusinessException(arguments, field, messageKey);
    }

    /** A refusal with several reasons, each shown to the user (publishing lists every empty lesson). */
    public static BusinessException withReasons(String messageKey, List<BusinessException> reasons) {
        BusinessException refusal = new BusinessException(messageKey);
        refusal.reasons.addAll(reasons);
        return refusal;
    }

    public List<BusinessException> getReasons() {
        return List.copyOf(reasons);
    }

    public String getMessageKey() {
        return getMessage();
    }

    public Object[] getArguments() {
        return arguments == null ? new Object[0] : arguments.clone();
    }

    public Optional<String> getField() {
        return Optional.ofNullable(field);
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + getMessage() + " " + Arrays.toString(arguments) + "]";
    }
}
