/*
 * The float32 FMA peak of this machine, the denominator of `widthlab bench --peak-per-thread`.
 * 12 independent chains of 16-float fused multiply-adds keep both FMA pipes busy (latency 4, 2 ports).
 *
 *   gcc -O3 -march=native -fopenmp src/bench/fma_peak.c -o /tmp/fma_peak && /tmp/fma_peak
 *
 * Needs AVX-512F (checked by the compiler with -march=native). Measured on 2026-11-23 on the AMD EPYC
 * CI machines: 116 GFLOP/s on 1 thread, 231-233 on 2.
 */
#include <immintrin.h>
#include <omp.h>
#include <stdio.h>

enum { CHAINS = 12 };

int main(void) {
    const long iterations = 200000000L;
    for (int threads = 1; threads <= omp_get_num_procs(); threads++) {
        double start = omp_get_wtime();
        float sink = 0;
#pragma omp parallel num_threads(threads) reduction(+ : sink)
        {
            __m512 acc[CHAINS];
            const __m512 b = _mm512_set1_ps(0.999999f), c = _mm512_set1_ps(1e-7f);
            for (int i = 0; i < CHAINS; i++) acc[i] = _mm512_set1_ps((float) i);
            for (long it = 0; it < iterations; it++)
                for (int i = 0; i < CHAINS; i++) acc[i] = _mm512_fmadd_ps(acc[i], b, c);
            for (int i = 0; i < CHAINS; i++) sink += _mm512_reduce_add_ps(acc[i]);
        }
        double seconds = omp_get_wtime() - start;
        printf("%d thread(s): %.1f GFLOP/s float32 (checksum %g)\n", threads,
               2.0 * 16 * CHAINS * iterations * threads / seconds / 1e9, sink);
    }
    return 0;
}
