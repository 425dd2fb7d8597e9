package org.widthlab.engine;

import java.util.Objects;

/**
 * A setting of an experiment has a value that cannot be used. {@link #setting()} says which one, so a
 * front end can mark its field, name its flag or its key; {@link #reason()} says what is wrong without
 * naming it, and {@link #getMessage()} is the reason after the setting's {@link Setting#noun() noun}.
 */
public final class SettingException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final Setting setting;
    private final String reason;

    /** @param reason what is wrong, without naming the setting: "must be at least 1, got 0" */
    public SettingException(Setting setting, String reason) {
        super(Objects.requireNonNull(setting, "setting").noun() + " " + reason);
        this.setting = setting;
        this.reason = reason;
    }

    public Setting setting() {
        return setting;
    }

    public String reason() {
        return reason;
    }
}
