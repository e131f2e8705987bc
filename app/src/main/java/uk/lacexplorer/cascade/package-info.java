/**
 * Key intervention points: one authority's cascade from referral to care (referrals, section 47 enquiries, initial
 * child protection conferences, plans, starts to be looked after), the stocks at 31 March, the ways out, and the
 * social-work resources beside them, each against the nation and the authority's need-based neighbours.
 */
package uk.lacexplorer.cascade;
