package org.widthlab.engine;
import java.util.List;
import org.widthlab.theory.*;
public class Dbg { public static void main(String[] a){
  Parametrization p = Preset.fromId(a[0]).at(3, Activation.fromId(a[4]));
  Experiment e = new Experiment(p, DataSetKind.valueOf(a[1]), Integer.parseInt(a[2]), 32, 2, Double.parseDouble(a[3]), List.of(256,512,1024,2048), Integer.parseInt(a[5]), 0, false);
  SweepRecorder r = Sweeps.run(e);
  for (FittedSlope f : SlopeFits.fit(Verdict.of(p), r.measurements())) if (f.quantity()!=Quantity.X) System.out.printf("%s l=%d t=%d all=%.3f large=%.3f pred=%s%n", f.quantity().id(), f.layer(), f.step(), f.slopeAll(), f.slopeLargest(), f.predicted());
}}
