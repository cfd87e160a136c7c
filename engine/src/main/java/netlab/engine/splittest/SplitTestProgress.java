package netlab.engine.splittest;

/**
 * A step of a split test: a case ran ({@code latest}), or it moved on to another phase
 * ("learning", "running", "shrinking", "recording"), with how far it is.
 */
public record SplitTestProgress(String phase, int done, int planned, CaseResult latest) {
}
