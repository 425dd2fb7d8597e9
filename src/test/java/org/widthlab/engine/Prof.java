package org.widthlab.engine;
import java.util.List;
import org.widthlab.linalg.*;
import org.widthlab.theory.*;
public class Prof { public static void main(String[] a){
  int n = Integer.parseInt(a[0]);
  Parametrization p = Preset.MUP.at(3, Activation.RELU);
  MatrixKernel k = MatrixKernels.defaultKernel();
  DataSet data = DataSet.generate(DataSetKind.GAUSSIAN, 32, 64, 0);
  for (int rep = 0; rep < 4; rep++) {
  long t0 = System.nanoTime();
  Experiment e = new Experiment(p, DataSetKind.GAUSSIAN, 32, 64, 5, 0.05, List.of(n), 1, 0, false);
  TrainingRun run = new TrainingRun(e, n, k);
  Mlp net = new Mlp(p, n, 32, 64, k);
  long t1 = System.nanoTime();
  net.initialize(data.inputs(), 0, () -> false);
  long t2 = System.nanoTime();
  net.forward(() -> false);
  long t3 = System.nanoTime();
  UpdateHistory h = new UpdateHistory(net, 5);
  CoordinateCheck c = new CoordinateCheck(net, h, null, 0.05);
  c.measure(0, 0, data, () -> false);
  long t4 = System.nanoTime();
  net.sgdStep(c.lossGradient(data), 0.05, () -> false);
  h.record(net);
  long t5 = System.nanoTime();
  net.forward(() -> false);
  c.measure(1, 0, data, () -> false);
  long t6 = System.nanoTime();
  long t7 = System.nanoTime();
  run.run(data, 0, () -> false, m -> {});
  long t8 = System.nanoTime();
  System.out.printf("alloc %.3f init %.3f fwd %.3f measure0 %.3f step %.3f fwd+measure1 %.3f  fullrun %.3f%n", (t1-t0)/1e9,(t2-t1)/1e9,(t3-t2)/1e9,(t4-t3)/1e9,(t5-t4)/1e9,(t6-t5)/1e9,(t8-t7)/1e9);
  }
}}
