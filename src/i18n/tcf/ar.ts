import type { TcfTexts } from '../../bridges/tcf/ui/messages.js';

/** The IAB TCF module's own texts; the IAB's purposes and features come from its purposes-xx.json. */
const ar: TcfTexts = {
  title: 'الشركاء الإعلانيون (IAB TCF)',
  intro:
    'لا يستخدم شركاؤنا المسجّلون في إطار الشفافية والموافقة (Transparency & Consent Framework) التابع لـ IAB Europe، وعددهم {n}، هذه الأغراض إلا وفق اختياراتك أعلاه. ويمكنك أيضًا رفض شريك بعينه أو الاعتراض على مصلحته المشروعة.',
  purposes: 'الأغراض',
  specialPurposes: 'الأغراض الخاصة (دون موافقة: الأمان، وإيصال المحتوى، وتذكّر اختياراتك)',
  features: 'الميزات',
  specialFeatures: 'الميزات الخاصة (بموافقتك)',
  vendors: 'الشركاء',
  coveredBy: 'وفق اختيارك بشأن:',
  notUsed: 'غير مستخدم في هذا الموقع.',
  object: 'الاعتراض على المصلحة المشروعة',
  consent: 'الموافقة',
  optIn: 'السماح',
  needsPurpose: 'اسمح أولًا بأحد أغراض هذا الشريك.',
  legitimateInterestOnly: 'لا يطلب هذا الشريك موافقة، بل يستند إلى مصلحته المشروعة فقط.',
  details: 'التفاصيل',
  consentPurposes: 'الأغراض (الموافقة)',
  liPurposes: 'الأغراض (المصلحة المشروعة)',
  dataCategories: 'البيانات المستخدمة',
  retention: 'مدة الاحتفاظ',
  days: { zero: '{n} يوم', one: '{n} يوم', two: '{n} يومان', few: '{n} أيام', many: '{n} يومًا', other: '{n} يوم' },
  cookies: 'مدة صلاحية ملفات تعريف الارتباط',
  cookieRefresh: 'تتجدّد مع كل زيارة',
  noCookies: 'لا توجد ملفات تعريف ارتباط',
  nonCookieAccess: 'يصل إلى الجهاز أيضًا بوسائل أخرى غير ملفات تعريف الارتباط',
  privacy: 'سياسة الخصوصية',
  legIntClaim: 'المصلحة المشروعة',
  atp: 'شركاء Google الآخرون (Additional Consent)',
  atpIntro: 'هؤلاء المزوّدون غير مسجّلين في TCF؛ وهم يتّبعون اختيارك بشأن الغرض:',
  summary: 'نعمل مع شركاء إعلانيين مسجّلين في TCF التابع لـ IAB Europe، وعددهم {n}.',
  summaryPurposes: 'أغراضهم',
  summarySpecialFeatures: 'بموافقتك، يمكنهم أيضًا:',
  summaryLegitimateInterest:
    'يستند بعضهم إلى مصلحته المشروعة: يمكنك الاعتراض على ذلك ضمن «تخصيص»، حيث يمكنك أيضًا الاختيار لكل شريك على حدة.',
};

export default ar;
