/** Entry versus duration: splitting a gap in the rate in care into more children entering and children staying longer. */
package uk.lacexplorer.stats.decompose;
