/** Key events per authority (reviews, inspections, leadership and practice changes), stored and imported all or nothing. */
package uk.lacexplorer.events;
