/** The portal's own HTTP error pages (Spring's and Tomcat's), which never show error detail. */
@NullMarked
package id.kecamatan.kinerja.base.web;

import org.jspecify.annotations.NullMarked;
