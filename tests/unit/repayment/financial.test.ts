/**
 * The spreadsheet helpers and the IRR solver against published values:
 * - numpy/numpy-financial, numpy_financial/tests/test_financial.py
 * - formulajs/formulajs, test/financial.js
 * Each expectation names the suite and keeps that suite's tolerance (or a tighter one).
 * Where numpy-financial also publishes an exact Decimal result, it is used with a
 * relative tolerance of 1e-10.
 */
import { describe, expect, it } from 'vitest';
import { fv, ipmt, irr, npv, pmt, ppmt, rate } from '../../../src/lib/repayment/index';

/** numpy.testing.assert_allclose: |actual − desired| ≤ atol + rtol·|desired| */
const expectClose = (actual: number | null, desired: number, rtol = 1e-7, atol = 0) => {
  expect(actual).not.toBeNull();
  expect(Math.abs((actual as number) - desired)).toBeLessThanOrEqual(atol + rtol * Math.abs(desired));
};
/** numpy.testing.assert_almost_equal(actual, desired, decimal): |actual − desired| < 1.5·10^−decimal */
const expectAlmostEqual = (actual: number | null, desired: number, decimal: number) => {
  expect(actual).not.toBeNull();
  expect(Math.abs((actual as number) - desired)).toBeLessThan(1.5 * 10 ** -decimal);
};
/** chai's to.approximately(expected, delta) */
const expectApprox = (actual: number | null, desired: number, delta: number) => {
  expect(actual).not.toBeNull();
  expect(Math.abs((actual as number) - desired)).toBeLessThanOrEqual(delta);
};

describe('pmt', () => {
  it('numpy-financial test_pmt', () => {
    expectClose(pmt(0.08 / 12, 5 * 12, 15000), -304.145914);
    expectClose(pmt(0.0, 5 * 12, 15000), -250.0);
    // the broadcast case, element by element
    expectClose(pmt(0.0, 12, 2000), -166.66667);
    expectClose(pmt(0.8, 3, 20000), -19311.258);
    expectClose(pmt(0.3, 12, 2000), -626.90814);
  });
  it('numpy-financial test_pmt_decimal', () => {
    expectClose(pmt(0.08 / 12, 60, 15000), -304.1459143262052370338701494, 1e-10);
    expectClose(pmt(0, 12, 2000), -166.6666666666666666666666667, 1e-10);
    expectClose(pmt(0.8, 3, 20000), -19311.25827814569536423841060, 1e-10);
    expectClose(pmt(0.3, 12, 2000), -626.9081401700757748402586600, 1e-10);
  });
  it('formulajs PMT', () => {
    expectApprox(pmt(0.06 / 12, 18 * 12, 0, 50000), -129.0811608679973, 1e-9);
    expectApprox(pmt(0.1 / 12, 2 * 12, 100000, 1000000, 1), -42075.45683100995, 1e-9);
    expectApprox(pmt(0.1 / 12, 2 * 12, 100000, 1000000), -42426.08563793503, 1e-9);
    expectApprox(pmt(0.1 / 12, 2 * 12, 0, 1000000), -37811.59300418336, 1e-9);
    expectApprox(pmt(0.1 / 12, 2 * 12, 100000), -4614.49263375167, 1e-9);
    expectApprox(pmt(0, 2 * 12, 100000), -4166.666666666667, 1e-9);
  });
});

describe('ipmt', () => {
  it('numpy-financial TestIpmt', () => {
    expectClose(ipmt(0.1 / 12, 1, 24, 2000), -16.666667, 1e-6);
    expectClose(ipmt(0.1 / 12, 1, 24, 2000), -16.66666666666666666666666667, 1e-10); // test_decimal
    expect(ipmt(0.1 / 12, 1, 24, 2000, 0, 1)).toBe(0); // test_when_is_begin
    // test_decimal_broadcasting, per = 1 … 4
    const desired = [-16.66666667, -16.03647345, -15.40102862, -14.76028842];
    desired.forEach((value, i) => expectAlmostEqual(ipmt(0.1 / 12, i + 1, 24, 2000), value, 4));
    desired.forEach((value, i) => expectClose(ipmt(0.1 / 12, i + 1, 24, 2000), value, 1e-6)); // test_broadcasting
  });
  it('numpy-financial test_gh_17 (payments in advance)', () => {
    const r = 0.001988079518355057;
    expect(ipmt(r, 1, 360, 300000, 0, 1)).toBe(0);
    expectClose(ipmt(r, 2, 360, 300000, 0, 1), -594.107158, 1e-6);
    expectClose(ipmt(r, 3, 360, 300000, 0, 1), -592.971592, 1e-6);
  });
  it('numpy-financial: a period outside 1 … nper has no interest part (numpy gives nan)', () => {
    expect(() => ipmt(0.1 / 12, 0, 24, 2000)).toThrow(RangeError);
  });
  it('formulajs IPMT', () => {
    expectApprox(ipmt(0.1 / 12, 6, 2 * 12, 100000, 1000000, 0), 928.8235718400465, 1e-9);
    expectApprox(ipmt(0.1 / 12, 6, 2 * 12, 100000, 1000000, 1), 921.1473439736042, 1e-9);
    expect(ipmt(0.1 / 12, 1, 2 * 12, 100000, 1000000, 1)).toBe(0);
    expectApprox(ipmt(0.1 / 12, 1, 2 * 12, 100000, 1000000, 0), -833.3333333333334, 1e-9);
  });
});

describe('ppmt', () => {
  it('numpy-financial test_ppmt and test_ppmt_decimal', () => {
    expect(Math.round(ppmt(0.1 / 12, 1, 60, 55000) * 100) / 100).toBe(-710.25);
    expectClose(ppmt(0.1 / 12, 1, 60, 55000), -710.2541257864217612489830917, 1e-10);
  });
  it('numpy-financial test_ppmt_special_rate_decimal', () => {
    expectClose(ppmt(0.23 / 12, 1, 60, 10000000000), -90238044.2322778884413969909, 1e-10);
  });
  it('numpy-financial test_broadcast_decimal', () => {
    const desired = [-75.62318601, -76.25337923, -76.88882405, -77.52956425];
    desired.forEach((value, i) => expectAlmostEqual(ppmt(0.1 / 12, i + 1, 24, 2000), value, 4));
    // per 1 … 4 with when = 0, 1, 'end', 'begin'
    expectAlmostEqual(ppmt(0.1 / 12, 1, 24, 2000, 0, 0), -75.62318601, 4);
    expectAlmostEqual(ppmt(0.1 / 12, 2, 24, 2000, 0, 1), -75.62318601, 4);
    expectAlmostEqual(ppmt(0.1 / 12, 3, 24, 2000, 0, 0), -76.88882405, 4);
    expectAlmostEqual(ppmt(0.1 / 12, 4, 24, 2000, 0, 1), -76.88882405, 4);
  });
  it('formulajs PPMT', () => {
    expectApprox(ppmt(0.1 / 12, 1, 2 * 12, 2000), -75.62318600836673, 10e-9);
    expectApprox(ppmt(0.08, 10, 10, 200000), -27598.05346242135, 10e-9);
    expectApprox(ppmt(0.1 / 12, 6, 2 * 12, 100000, 1000000, 0), -43354.909209775076, 1e-9);
    expectApprox(ppmt(0.1 / 12, 6, 2 * 12, 100000, 1000000, 1), -42996.60417498356, 1e-9);
    expectApprox(ppmt(0.1 / 12, 6, 2 * 12, 100000, 1000000), -43354.909209775076, 1e-9);
    expectApprox(ppmt(0.1 / 12, 6, 2 * 12, 0, 1000000), -39413.55382706825, 1e-9);
    expectApprox(ppmt(0.1 / 12, 6, 2 * 12, 100000), -3941.355382706826, 1e-9);
  });
});

describe('fv and npv (used by ipmt and the IRR)', () => {
  it('numpy-financial TestFv and test_npv', () => {
    expectClose(fv(0.075, 20, -2000, 0, 0), 86609.362673042924, 1e-10);
    expectClose(fv(0.075, 20, -2000, 0, 1), 93105.064874, 1e-10);
    expectClose(fv(0, 5, 100, 0), -500, 1e-10);
    expectClose(fv(0.1, 5, 100, 0), -610.51, 1e-10);
    expectClose(npv(0.05, [-15000, 1500, 2500, 3500, 4500, 6000]), 122.894854950942692161628715, 1e-10);
  });
  it('formulajs FV', () => {
    expectApprox(fv(0.06 / 12, 10, -200, -500, 1), 2581.4033740601185, 1e-9);
    expectApprox(fv(0.12 / 12, 12, -1000), 12682.503013196976, 1e-9);
    expectApprox(fv(0.11 / 12, 35, -2000, 0, 1), 82846.24637190053, 1e-9);
    expectApprox(fv(0.06 / 12, 12, -100, -1000, 1), 2301.4018303408993, 1e-9);
    expect(fv(0, 12, -100, -1000, 1)).toBe(2200);
  });
});

describe('rate', () => {
  it('numpy-financial test_rate and test_rate_decimal', () => {
    expectAlmostEqual(rate(10, 0, -3500, 10000), 0.1107, 4);
    expectClose(rate(10, 0, -3500, 10000), 0.1106908537142689284704528100, 1e-10);
  });
  it('numpy-financial test_rate_with_infeasible_solution: no rate (numpy gives nan)', () => {
    expect(rate(12, 400, 10000, 5000, 0)).toBeNull();
    expect(rate(12, 400, 10000, 5000, 1)).toBeNull();
  });
  it('formulajs RATE', () => {
    expectApprox(rate(2 * 12, -1000, -10000, 100000), 0.06517891177181546, 1e-9);
    expectApprox(rate(2 * 12, -1000, -10000, 100000, 0, 0.1), 0.06517891177181533, 1e-9);
    expectApprox(rate(2 * 12, -1000, -10000, 100000, 0, 0.75), 0.0651789117718154, 1e-9);
    expectApprox(rate(2 * 12, -1000, -10000, 100000, 0, 0.065), 0.06517891177181524, 1e-9);
    expectApprox(rate(2 * 12, -1000, -10000, 100000, 1, 0.1), 0.0632395800018064, 1e-9);
    expectApprox(rate(4 * 12, -200, 8000), 0.007701472, 1e-9);
    expectApprox(rate(37, -7200, -40000, 4477839, 0), 0.10646164, 1e-9);
    expectApprox(rate(348, -(157119 / 12), 790000), 0.01651835816, 1e-9);
  });
});

describe('irr', () => {
  it('numpy-financial test_npv_irr_congruence', () => {
    const flows = [-40000, 5000, 8000, 12000, 30000];
    expect(Math.abs(npv(irr(flows)!, flows))).toBeLessThanOrEqual(1e-10);
  });
  it.each([
    [[-150000, 15000, 25000, 35000, 45000, 60000], 0.0524],
    [[-100, 0, 0, 74], -0.0955],
    [[-100, 39, 59, 55, 20], 0.28095],
    [[-100, 100, 0, -7], -0.0833],
    [[-100, 100, 0, 7], 0.06206],
    [[-5, 10.5, 1, -8, 1], 0.0886],
    [[-5, 10.5, 1, -8, 1, 0, 0, 0], 0.0886], // test_trailing_zeros
  ])('numpy-financial test_basic_values %j', (flows, desired) => {
    expectAlmostEqual(irr(flows), desired, 2);
  });
  it('numpy-financial test_numpy_gh_6744: no solution', () => {
    expect(irr([-1, -2, -3])).toBeNull();
  });
  it('numpy-financial test_gh_15: a rate near −100%', () => {
    const flows = [
      -3000.0, 2.3926932267015667e-7, 4.1672087103345505e-16, 5.3965110036378706e-25, 5.1962551071806174e-34,
      3.7202955645436402e-43, 1.9804961711632469e-52, 7.8393517651814181e-62, 2.3072565113911438e-71,
      5.0491839233308912e-81, 8.2159177668499263e-91, 9.9403244366963527e-101, 8.942410813633967e-111,
      5.9816122646481191e-121, 2.9750309031844241e-131, 1.1002067043497954e-141, 3.0252876563518021e-152,
      6.1854121948207909e-163, 9.4032980015353301e-174, 1.0629218520017728e-184, 8.9337141847171845e-196,
      5.5830607698467935e-207, 2.5943122036622652e-218, 8.9635842466507006e-230, 2.3027710094332358e-241,
      4.3987510596745562e-253, 6.2476630372575209e-265, 6.598046841695288e-277, 5.1811095266842017e-289,
      3.0250999925830644e-301, 1.3133070599585015e-313,
    ];
    const result = irr(flows);
    expect(Number.isFinite(result)).toBe(true);
    expectClose(result, -0.9999999990596069, 1e-9);
  });
  it('formulajs IRR', () => {
    const flows = [-75000, 12000, 15000, 18000, 21000, 24000];
    expectApprox(irr(flows), 0.05715142887178467, 1e-9);
    expectApprox(irr(flows, 0.1), 0.05715142887178467, 1e-9);
    expectApprox(irr(flows, 0.075), 0.05715142887178447, 1e-9);
    expectApprox(irr(flows, 0.05), 0.05715142887178453, 1e-9);
    expect(irr([12000, 15000, 18000, 21000, 24000])).toBeNull();
    expect(irr([-12000, -15000, -18000, -21000, -24000])).toBeNull();
    expectApprox(irr([-9765000, -24338874, -3354506, 814300, 1595562, 1975118, 1688159, 391944]), -0.33923419058193316, 1e-9);
    expectApprox(irr([-4500, 3045, 2371]), 0.13918184162670671, 1e-9);
  });
});
