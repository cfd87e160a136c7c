package netlab.engine.experiments;

/**
 * One of the seeds' programs that is not simply a server or a client: a loop, task, subprocess or
 * socket-pair experiment. Its {@link #run} is the program's main coroutine: it runs as a task on
 * the lab's loop, logs through {@link ExperimentContext#logging()} as the seed prints, and is over
 * when it returns. Stopping the experiment cancels the task.
 */
@FunctionalInterface
public interface Experiment {
    void run(ExperimentContext context) throws Exception;
}
