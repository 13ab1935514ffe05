package dev.estimator.core.compare;

/** Something about the two files that suggests they are not consecutive revisions of one estimate. */
public enum ComparisonWarning {
    /** The files share no id of an item, assumption, risk, adjustment or alternative. */
    NO_IDS_IN_COMMON,
    /** The current file's revision number is not higher than the previous one's. */
    REVISION_NOT_HIGHER,
    /** A reason per change lists as removed an id that the previous revision does not have. */
    REMOVED_ID_NOT_IN_PREVIOUS
}
