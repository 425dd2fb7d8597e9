package org.widthlab.casestudies;

import java.util.List;

/**
 * A model trained by first-order MAML (Finn et al. 2017; Nichol et al. 2018): for a task, one SGD step with the
 * inner step size α on the support set's mean softmax cross-entropy adapts it; the adapted model is scored on the
 * query set. Meta-training moves the model itself by the query loss's gradient taken at the adapted model (the
 * first-order approximation), averaged over a meta-batch of tasks, its length clipped, times the meta learning
 * rate.
 */
interface MetaLearner {

    /** One meta-training step on a batch of tasks. */
    void metaStep(List<FewShotTask> tasks, double innerStep, double metaRate, double clip);

    /** The query logits of the model adapted to the task's support set (the model itself is unchanged). */
    float[][] adaptedQueryLogits(FewShotTask task, double innerStep);
}
