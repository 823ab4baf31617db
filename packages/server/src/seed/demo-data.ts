/**
 * Demo data for a fresh install: the four complaint classes of the enterprise service manual
 * (product / service / policy / other, seed 004 ch. 9) with children coded on JR/T 0169-2018 and a
 * CFPB-shaped mapping. Idempotent: existing codes are left as they are.
 */
import type { Models } from '../db/models';
import { ComplaintCategoryService } from '../features/complaint-categories/complaint-category.service';
import { AppError } from '../errors/app-error';

interface SeedCategory {
  code: string;
  zh: string;
  en: string;
  departmentCode: string;
  children?: {
    code: string;
    zh: string;
    en: string;
    jrtBusinessType?: string;
    jrtCause?: string;
    cfpbProduct?: string;
    cfpbIssue?: string;
  }[];
}

const CATEGORIES: SeedCategory[] = [
  {
    code: 'PRODUCT',
    zh: '产品类投诉',
    en: 'Product complaints',
    departmentCode: 'PRODUCT',
    children: [
      {
        code: 'PRODUCT-LOAN',
        zh: '贷款产品',
        en: 'Loan products',
        jrtBusinessType: '贷款',
        jrtCause: '合同条款',
      },
      {
        code: 'PRODUCT-CARD',
        zh: '银行卡产品',
        en: 'Bank card products',
        jrtBusinessType: '银行卡',
        jrtCause: '信息披露',
      },
    ],
  },
  {
    code: 'SERVICE',
    zh: '服务类投诉',
    en: 'Service complaints',
    departmentCode: 'CUSTOMER_SERVICE',
    children: [
      {
        code: 'SERVICE-ATTITUDE',
        zh: '服务态度及服务质量',
        en: 'Service attitude and quality',
        jrtCause: '服务态度及服务质量',
      },
      {
        code: 'SERVICE-COLLECTION',
        zh: '债务催收',
        en: 'Debt collection',
        jrtBusinessType: '贷款',
        jrtCause: '债务催收',
        cfpbProduct: 'Debt collection',
        cfpbIssue: 'Attempts to collect debt not owed',
      },
    ],
  },
  { code: 'POLICY', zh: '政策类投诉', en: 'Policy complaints', departmentCode: 'POLICY' },
  { code: 'OTHER', zh: '其他投诉', en: 'Other complaints', departmentCode: 'CUSTOMER_SERVICE' },
];

export async function seedDemoData(models: Models): Promise<{ created: number }> {
  const service = new ComplaintCategoryService(models);
  let created = 0;
  const ensure = async (input: Record<string, unknown>, code: string): Promise<string> => {
    const existing = await models.ComplaintCategory.findOne({ code })
      .lean<{ _id: { toHexString(): string } }>()
      .exec();
    if (existing) return existing._id.toHexString();
    try {
      const c = await service.create(input);
      created++;
      return c._id.toHexString();
    } catch (err) {
      // Another process seeded the same code first: the unique index decided, and that is fine.
      if (err instanceof AppError && err.code === 'CONFLICT') {
        const again = await models.ComplaintCategory.findOne({ code })
          .lean<{ _id: { toHexString(): string } }>()
          .exec();
        if (again) return again._id.toHexString();
      }
      throw err;
    }
  };
  for (const [i, root] of CATEGORIES.entries()) {
    const parentId = await ensure(
      {
        code: root.code,
        name: { zh: root.zh, en: root.en },
        order: i,
        routing: { departmentCode: root.departmentCode },
      },
      root.code,
    );
    for (const [j, child] of (root.children ?? []).entries()) {
      await ensure(
        {
          code: child.code,
          name: { zh: child.zh, en: child.en },
          parentId,
          order: j,
          routing: { departmentCode: root.departmentCode },
          regulatoryCodes: {
            jrtBusinessType: child.jrtBusinessType,
            jrtCause: child.jrtCause,
            cfpbProduct: child.cfpbProduct,
            cfpbIssue: child.cfpbIssue,
          },
        },
        child.code,
      );
    }
  }
  return { created };
}
