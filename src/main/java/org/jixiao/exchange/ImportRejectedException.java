package org.jixiao.exchange;

/** A file refused as a whole: a stable {@link ImportProblem} and a Chinese message that says what to do. */
public final class ImportRejectedException extends RuntimeException {

    private final ImportProblem problem;

    public ImportRejectedException(ImportProblem problem) {
        this(problem, problem.message());
    }

    public ImportRejectedException(ImportProblem problem, String message) {
        super(message);
        this.problem = problem;
    }

    public ImportRejectedException(ImportProblem problem, String message, Throwable cause) {
        super(message, cause);
        this.problem = problem;
    }

    public ImportProblem problem() {
        return problem;
    }
}
