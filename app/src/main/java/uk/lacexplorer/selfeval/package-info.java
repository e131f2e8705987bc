/**
 * Self-evaluation against the 23 characteristics of the 2013 All Wales Heads of Children's Services research:
 * framework as data, rounds, invitations, answers, results with agreement, action plans and progress.
 */
package uk.lacexplorer.selfeval;
