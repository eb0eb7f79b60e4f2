import { describe, expect, it } from 'vitest';
import { demotionOf, mainWordsOf, type CounterpartFacts } from './match-declines';

const offer = (over: Partial<CounterpartFacts>): CounterpartFacts => ({
  trl: 6,
  money: 300_000_000n,
  sectors: ['agritech'],
  forms: ['licence'],
  mainWords: [],
  ...over,
});

describe('a declined suggestion lowers the similar ones', () => {
  it('too early: offers no readier than the declined one', () => {
    const declined = [{ reason: 'too_early' as const, facts: offer({ trl: 5 }) }];
    expect(demotionOf('need', declined, offer({ trl: 5 }))).toEqual({
      kept: 0.6,
      because: 'too_early',
    });
    expect(demotionOf('need', declined, offer({ trl: 3 })).because).toBe('too_early');
    expect(demotionOf('need', declined, offer({ trl: 6 }))).toEqual({ kept: 1 });
  });

  it('price: offers as dear or dearer; needs budgeted as low or lower', () => {
    const declined = [{ reason: 'price' as const, facts: offer({ money: 500_000_000n }) }];
    expect(demotionOf('need', declined, offer({ money: 500_000_000n })).because).toBe('price');
    expect(demotionOf('need', declined, offer({ money: 499_999_999n })).kept).toBe(1);
    // A price held back is never compared.
    expect(demotionOf('need', declined, offer({ money: null })).kept).toBe(1);
    expect(demotionOf('offer', declined, offer({ money: 400_000_000n })).because).toBe('price');
    expect(demotionOf('offer', declined, offer({ money: 600_000_000n })).kept).toBe(1);
  });

  it('benefit unclear: a main word or the same sectors, slightly', () => {
    const facts = offer({ mainWords: mainWordsOf('Máy sấy nông sản'), sectors: ['agritech'] });
    const declined = [{ reason: 'benefit_unclear' as const, facts }];
    const sameWords = offer({ mainWords: mainWordsOf('May say hat dieu'), sectors: ['iot'] });
    expect(demotionOf('need', declined, sameWords)).toEqual({
      kept: 0.85,
      because: 'benefit_unclear',
    });
    expect(demotionOf('need', declined, offer({ sectors: ['agritech'] })).kept).toBe(0.85);
    expect(demotionOf('need', declined, offer({ sectors: ['agritech', 'iot'] })).kept).toBe(1);
  });

  it('route unclear: offering no other form of transfer', () => {
    const facts = offer({ forms: ['licence', 'assignment'] });
    const declined = [{ reason: 'route_unclear' as const, facts }];
    expect(demotionOf('need', declined, offer({ forms: ['licence'] })).because).toBe(
      'route_unclear',
    );
    expect(demotionOf('need', declined, offer({ forms: ['licence', 'consultancy'] })).kept).toBe(1);
  });

  it('takes the strongest reason only, never compounding', () => {
    const declined = [
      { reason: 'benefit_unclear' as const, facts: offer({}) },
      { reason: 'too_early' as const, facts: offer({ trl: 7 }) },
      { reason: 'price' as const, facts: offer({ money: 100n }) },
    ];
    expect(demotionOf('need', declined, offer({}))).toEqual({ kept: 0.6, because: 'too_early' });
  });
});
