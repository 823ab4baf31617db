import type { CustomerFormMessages } from './zh-CN';

/** The customer's own form steps on their link page (`/c/<token>`), English. */
const customerForm: CustomerFormMessages = {
  title: 'Your request',
  intro: 'Please fill in the details below and submit. Fields marked * are required.',
  submit: 'Submit',
  submitting: 'Submitting…',
  fixProblems: 'Please fix the marked problems before submitting.',
  submitted: 'Thank you, “{step}” has been submitted. We will deal with it as soon as we can.',
  nothingLeft: 'There is nothing for you to do right now. When there is, we will send you a new link.',
};

export default customerForm;
