/** The vocabulary's labels live in core, shared with the server's briefs: one map each. */
export * from '../../../core/labels';
